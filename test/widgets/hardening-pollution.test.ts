// Prototype pollution (issue #8): `__proto__` and `constructor.prototype` in data and
// options, and ids / keys / owners named like Object.prototype members, change nothing
// global, in the widgets and in the core functions.
import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import * as core from '../../src/core/index.js';
import '../../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import '../../src/widgets/channel-pie/channel-pie.js';
import '../../src/widgets/debt-table/debt-table.js';
import '../../src/widgets/funnel/funnel.js';
import '../../src/widgets/lifecycle-grid/lifecycle-grid.js';
import '../../src/widgets/traffic-light-pool/traffic-light-pool.js';
import { abcXyzIssue } from '../fixtures/abc-xyz-matrix.js';
import { channelSeed } from '../fixtures/channel-pie.js';
import { debtSeed } from '../fixtures/debt-table.js';
import { ERP_OWNERS, erpDeals, funnelIssue } from '../fixtures/funnel.js';
import { lifecycleExample } from '../fixtures/lifecycle-grid.js';
import { poolSlide } from '../fixtures/traffic-light-pool.js';
import { expectNoJunkDeep, tables } from './hardening-cases.js';
import { recordErrors, settle, shadowText } from './helpers.js';

type Widget = HTMLElement & { data?: unknown; options?: unknown; status: string };
type Json = Record<string, unknown>;

/** The widget of each schema in the list of the core test below. */
const TAG_OF_SCHEMA = [
  'pulse-channel-pie',
  'pulse-funnel',
  'pulse-funnel',
  'pulse-lifecycle-grid',
  'pulse-traffic-light-pool',
  'pulse-abc-xyz-matrix',
  'pulse-debt-table',
  'pulse-debt-table',
];

const PROTOS: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Map.prototype', Map.prototype],
  ['Element.prototype', Element.prototype],
  ['HTMLElement.prototype', HTMLElement.prototype],
];

/** Own keys and property values of the prototypes that hostile input could reach. */
function snapshot(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, proto] of PROTOS) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      out.set(`${name}.${String(key)}`, 'value' in d ? d.value : d.get);
    }
    out.set(`${name} [[Prototype]]`, Object.getPrototypeOf(proto));
  }
  return out;
}

const before = snapshot();

function expectNothingGlobalChanged(context: string): void {
  const now = snapshot();
  const changed = [...new Set([...before.keys(), ...now.keys()])].filter(
    (k) => !Object.is(before.get(k), now.get(k)),
  );
  expect(changed, `${context}: changed prototype members`).to.deep.equal([]);
  expect(({} as Json).polluted, `${context}: ({}).polluted`).to.equal(undefined);
  expect(([] as unknown as Json).polluted, `${context}: [].polluted`).to.equal(undefined);
  expect((window as unknown as Json).polluted, `${context}: window.polluted`).to.equal(undefined);
}

const HOSTILE = { polluted: 'yes', toString: 'polluted', valueOf: 'polluted', constructor: 'polluted' };

/** An own, enumerable data property (what JSON.parse makes of `"__proto__": …`). */
function own(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy in which every plain object (or only the top one) also has `extra` own keys. */
function inject(value: unknown, extra: (o: Json) => void, deep: boolean, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => inject(v, extra, deep, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const copy: Json = {};
  for (const [k, v] of Object.entries(value)) own(copy, k, deep ? inject(v, extra, deep, depth + 1) : v);
  if (deep || depth === 0) extra(copy);
  return copy;
}

const withProto = (o: Json) => own(o, '__proto__', { ...HOSTILE });
const withConstructor = (o: Json) => own(o, 'constructor', { prototype: { ...HOSTILE } });

/** A deep copy with the strings (values and object keys) in `names` renamed. */
function rename(value: unknown, names: Record<string, string>): unknown {
  const to = (s: string) => (Object.hasOwn(names, s) ? names[s] : s);
  if (Array.isArray(value)) return value.map((v) => rename(v, names));
  if (typeof value === 'string') return to(value);
  if (value === null || typeof value !== 'object') return value;
  const copy: Json = {};
  for (const [k, v] of Object.entries(value)) own(copy, to(k), rename(v, names));
  return copy;
}

/** Valid fixtures whose ids, keys, stages and owners are named like Object.prototype members. */
const protoNamed: [string, unknown, string[]][] = [
  [
    'pulse-channel-pie',
    rename(channelSeed, {
      upsell: '__proto__',
      premium: 'constructor',
      restoration: 'toString',
      competitors: 'hasOwnProperty',
      other: 'valueOf',
    }),
    [],
  ],
  [
    'pulse-funnel',
    rename(funnelIssue, { need: '__proto__', implemented: 'constructor', effect: 'toString' }),
    [],
  ],
  [
    'pulse-funnel',
    rename(erpDeals, {
      contact: '__proto__',
      qualification: 'constructor',
      proposal: 'toString',
      presentation: 'hasOwnProperty',
      [ERP_OWNERS[0]]: '__proto__',
      [ERP_OWNERS[1]]: 'constructor',
      [ERP_OWNERS[2]]: 'toString',
    }),
    [],
  ],
  [
    'pulse-lifecycle-grid',
    rename(lifecycleExample, {
      a: '__proto__',
      b: 'constructor',
      c: 'toString',
      'Орлов А.': 'hasOwnProperty',
      'Федоров Б.': '__proto__',
    }),
    [],
  ],
  [
    'pulse-traffic-light-pool',
    rename(poolSlide, {
      c1: '__proto__',
      c2: 'constructor',
      c3: 'toString',
      'Сотрудник 1': '__proto__',
      'Сотрудник 2': 'hasOwnProperty',
    }),
    [],
  ],
  [
    'pulse-abc-xyz-matrix',
    rename(abcXyzIssue, { c1: '__proto__', c2: 'constructor', c3: 'toString', c7: 'hasOwnProperty' }),
    [],
  ],
  [
    'pulse-debt-table',
    rename(debtSeed, {
      '842197': '__proto__',
      '778841': 'constructor',
      'Калинина М.В.': '__proto__',
      'Аракелян Н.': 'toString',
      'Подразделение СИ': 'constructor',
      'СЧ-0101': '__proto__',
    }),
    [],
  ],
];

async function mount(tag: string, data: unknown, options?: unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
  const el = document.createElement(tag) as Widget;
  if (options !== undefined) el.options = options;
  wrapper.append(el);
  const events = recordErrors(wrapper);
  el.data = data;
  await settle(el);
  return { el, events };
}

describe('hardening: prototype pollution', () => {
  afterEach(function () {
    expectNothingGlobalChanged(this.currentTest?.title ?? '');
  });

  it('the snapshot sees a polluted prototype (the check can fail)', () => {
    const proto = Object.prototype as Json;
    proto.polluted = 'yes';
    try {
      expect(() => expectNothingGlobalChanged('self-test')).to.throw(/polluted/);
    } finally {
      delete proto.polluted;
    }
  });

  for (const table of tables) {
    describe(`<${table.tag}>`, () => {
      it('__proto__ and constructor.prototype at the top of data: still ready, no pulse-error', async () => {
        for (const extra of [withProto, withConstructor]) {
          const { el, events } = await mount(table.tag, inject(table.valid, extra, false));
          expect(el.status).to.equal('ready');
          expect(events).to.have.length(0);
          expectNoJunkDeep(el);
        }
      });

      it('__proto__ and constructor.prototype in every object of data: a state, nothing global', async () => {
        for (const extra of [withProto, withConstructor]) {
          const { el } = await mount(table.tag, inject(table.valid, extra, true));
          expect(['ready', 'empty', 'error']).to.include(el.status);
          expect(el.shadowRoot!.querySelector('[part]'), 'a rendered state').to.exist;
          expectNoJunkDeep(el);
        }
      });

      it('__proto__ and constructor.prototype in options (parsed from JSON): nothing global', async () => {
        for (const options of [
          JSON.parse('{"__proto__": {"polluted": "yes", "otherBelow": 0.5, "ids": false}}'),
          JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
          JSON.parse('{"__proto__": {"__proto__": {"polluted": "yes"}}}'),
        ] as unknown[]) {
          const { el } = await mount(table.tag, table.valid, options);
          expect(['ready', 'error']).to.include(el.status);
          // An inherited option is not an option: the defaults stay.
          expect(el.shadowRoot!.querySelector('[part]'), 'a rendered state').to.exist;
        }
      });
    });
  }

  for (const [tag, data] of protoNamed) {
    it(`<${tag}> with ids and owners named __proto__, constructor, toString…: ready, no pulse-error`, async () => {
      const { el, events } = await mount(tag, data);
      expect(events.map((e) => e.detail.issues)).to.deep.equal([]);
      expect(el.status).to.equal('ready');
      expectNoJunkDeep(el);
      expect(shadowText(el)).not.to.contain('polluted');
    });
  }

  it('a pie with a __proto__ slice shows the same shares as with a plain key', async () => {
    const plain = await mount('pulse-channel-pie', channelSeed);
    const named = await mount('pulse-channel-pie', protoNamed[0][1]);
    const shares = (el: Element) => shadowText(el).match(/\d+ %/g);
    expect(shares(named.el)).to.deep.equal(shares(plain.el));
  });

  describe('core functions', () => {
    const hostile = (v: unknown) => inject(v, (o) => (withProto(o), withConstructor(o)), true) as never;
    const calls: [string, () => unknown][] = [
      ['channelShares', () => core.channelShares(hostile(channelSeed))],
      ['channelShares options', () => core.channelShares(channelSeed as never, hostile({ decimals: 1 }))],
      [
        'classifyAbc',
        () =>
          core.classifyAbc(
            hostile([
              { id: '__proto__', value: 5 },
              { id: 'b', value: 2 },
            ]),
          ),
      ],
      ['classifyXyz', () => core.classifyXyz(hostile([{ id: 'constructor', values: [1, 2, 3] }]))],
      [
        'abcXyzMatrix',
        () =>
          core.abcXyzMatrix(
            hostile([
              { id: '__proto__', values: [5, 5, 5] },
              { id: 'toString', values: [0, 0, 0] },
            ]),
          ),
      ],
      ['lifecycleSegments', () => core.lifecycleSegments(hostile(lifecycleExample))],
      ['scoreTrafficLights', () => core.scoreTrafficLights(hostile(poolSlide))],
      [
        'poolMix',
        () =>
          core.poolMix(
            hostile([
              { id: 'a', owner: '__proto__', color: 'red' },
              { id: 'b', owner: 'constructor', color: 'green' },
            ]),
            hostile({ red: 0.1 }),
          ),
      ],
      ['funnel stages', () => core.funnel(hostile(funnelIssue))],
      ['funnel deals', () => core.funnel(hostile(erpDeals))],
      ['debtDepth', () => core.debtDepth(250, [100, 120], hostile({ mode: 'ceil' }))],
      [
        'agingBuckets',
        () =>
          core.agingBuckets(
            hostile([{ id: '__proto__', dueDate: '2024-01-01', amount: 5 }]),
            hostile({ asOf: '2024-02-01' }),
          ),
      ],
      [
        'collection',
        () => core.collection(hostile([{ id: '__proto__', owner: 'constructor', plan: 10, fact: 5 }])),
      ],
      [
        'rfmScores',
        () => core.rfmScores(hostile([{ id: '__proto__', recencyDays: 1, frequency: 2, monetary: 3 }])),
      ],
    ];
    const schemas = [
      core.channelPieSchema,
      core.funnelSchema,
      core.funnelRuntimeSchema,
      core.lifecycleGridSchema,
      core.trafficLightPoolSchema,
      core.abcXyzMatrixSchema,
      core.debtTableSchema,
      core.debtTableRuntimeSchema,
    ];
    schemas.forEach((schema, i) => {
      const table = tables.find((t) => t.tag === TAG_OF_SCHEMA[i])!;
      calls.push([
        `validate with schema #${i} (${table.tag})`,
        () => {
          const deep = core.validate(schema, hostile(table.valid));
          const top = core.validate(schema, inject(table.valid, withProto, false));
          // The top-level __proto__ key is not an input field: the valid part is unchanged.
          expect(top.ok && top.issues).to.deep.equal([]);
          if (deep.ok) expect(Object.getPrototypeOf(deep.value)).to.equal(Object.prototype);
          return deep;
        },
      ]);
    });
    for (const [name, call] of calls) {
      it(`${name}: returns or throws a PulseDataError, nothing global changes`, () => {
        try {
          call();
        } catch (e) {
          expect(e, String(e)).to.be.instanceOf(core.PulseDataError);
        }
      });
    }
  });
});
