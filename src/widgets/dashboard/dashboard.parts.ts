import { lazyPart } from '../../shared/lazy-part.js';

// The dashboard's code needed only after a user action, loaded with import() when first
// needed (or when the pointer or the focus reaches its button) and once per page. No eager
// module may import these modules statically (`import type` is fine), or the one-file bundle
// would carry them.

/** Export of a frame's chart as SVG or PNG (dashboard.export.ts). */
export const exportPart = lazyPart(() => import('./dashboard.export.js'));

/** The full-screen fallback dialog (dashboard.dialog.ts), where the Fullscreen API is refused. */
export const dialogPart = lazyPart(() => import('./dashboard.dialog.js').then((m) => m.FullscreenDialog));
