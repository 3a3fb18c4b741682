// @ts-check
// Dev-server middleware for the strict-CSP page (test/csp/csp.html, used by
// test/widgets/csp.test.ts): serves everything under /test/csp/ with the policy of the issue
// in a real Content-Security-Policy header, and collects the browser's violation reports
// (report-uri), a second channel beside the page's own `securitypolicyviolation` listener.

/** The policy under test, verbatim from the issue. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'";

/** Where the browser posts violation reports; GET it for the reports so far (`?clear` empties it). */
export const CSP_REPORTS_PATH = '/__csp-reports';

const CSP_PAGES = '/test/csp/';

/** @type {unknown[]} */
const reports = [];

/** @param {import('node:http').IncomingMessage} req @returns {Promise<string>} */
async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/**
 * Koa middleware for `middleware: [...]` of the test-runner config.
 * @param {any} context
 * @param {() => Promise<unknown>} next
 */
export async function strictCspMiddleware(context, next) {
  if (context.path === CSP_REPORTS_PATH) {
    if (context.method === 'POST') {
      const body = await readBody(context.req);
      try {
        reports.push(JSON.parse(body));
      } catch {
        reports.push({ unparsed: body });
      }
      context.status = 204;
      return;
    }
    context.set('Cache-Control', 'no-store');
    context.body = JSON.stringify(reports);
    context.type = 'application/json';
    if ('clear' in context.query) reports.length = 0;
    return;
  }
  await next();
  if (context.path.startsWith(CSP_PAGES)) {
    context.set('Content-Security-Policy', `${STRICT_CSP}; report-uri ${CSP_REPORTS_PATH}`);
    // A cached 304 would come back without a body to check; the header must reach every load.
    context.set('Cache-Control', 'no-store');
  }
}
