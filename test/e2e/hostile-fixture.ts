/**
 * Hostile input for test/e2e/hostile.test.ts: HTML, `javascript:` URLs, ECharts rich-text and template
 * markup, spreadsheet formulas and prototype names in every free-text column a user's file can carry, a
 * measures catalogue of the same, and one agency carrying a privacy marker. Question-level scores of
 * fiscal years 2566 and 2567 (every IIT/EIT question and OIT item of each year's framework), deterministic.
 */
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { AGENCY_YEAR_FIELDS } from '@analysis/ingest/columns';

/** Markup a browser would run or render if it were ever parsed as HTML. */
export const IMG = '<img src=x onerror=alert(1)>';
export const JS = 'javascript:alert(1)';
/** ECharts rich-text styles and template tokens: must stay literal text in labels and tooltips. */
export const RICH = '{a|x}';
export const RICH_B = '{b|<b>x</b>}';
export const TPL = '{@name}';

/** The marker of the privacy check: nothing sent over the network may carry it. */
export const MARKER = 'ZQX-PRIVACY-MARKER-4417';
/** Scores only the marker agency has (x.37 everywhere): nothing sent may carry them either. */
export const MARKER_SCORES = ['76.37', '83.37', '91.37'];

export interface HostileOrg {
  id: string;
  name: string;
  type: string;
  province: string;
  district: string;
  /** Score level of the agency's questions (some below 85, some above). */
  base: number;
}

export const ORGS: readonly HostileOrg[] = [
  {
    id: 'H1',
    name: `${IMG} อบต.ทดสอบ ${RICH}`,
    type: JS,
    province: RICH_B,
    district: TPL,
    base: 80,
  },
  {
    id: 'javascript:alert(2)',
    name: '=HYPERLINK("javascript:alert(2)";"คลิก")',
    type: JS,
    province: RICH_B,
    district: '=1+2',
    base: 88,
  },
  {
    id: 'H3,%41',
    name: `${RICH}${RICH_B}${TPL}{@[0]} เทศบาล`,
    type: '@SUM(1+1)',
    province: '__proto__',
    district: 'constructor',
    base: 93,
  },
  {
    id: 'H4',
    name: '+1+1 <script>alert(4)</script> &amp; &lt;i&gt;',
    type: '-2+3',
    province: '<img src=x onerror=alert(5)>',
    district: 'toString',
    base: 84,
  },
  {
    id: 'MARK-7Q9Z',
    name: `หน่วยงานลับ ${MARKER}`,
    type: 'เทศบาลตำบล',
    province: 'ตราด',
    district: 'เมืองตราด',
    base: 0,
  },
];

export const YEARS = [2566, 2567] as const;
export const LATEST = 2567;

/** A CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: readonly (string | number)[]): string => cells.map((c) => csvField(String(c))).join(',');

/** Codes of a fiscal year: IIT/EIT questions, then OIT items. */
export function codesOf(year: number): { code: string; tool: 'IIT' | 'EIT' | 'OIT' }[] {
  const fw = BUILTIN_FRAMEWORKS.get(year);
  if (!fw) throw new Error(`no framework ${year}`);
  return [
    ...fw.questions.map((q) => ({ code: q.code, tool: q.tool })),
    ...fw.oitItems.map((o) => ({ code: o.code, tool: 'OIT' as const })),
  ];
}

/** A score of agency k, year y, question j: around the agency's level, 2 decimals (x.37 for the marker). */
function score(o: HostileOrg, k: number, y: number, j: number): string {
  if (o.base === 0) return MARKER_SCORES[(j + y) % MARKER_SCORES.length] as string;
  const v = o.base + (y - 2566) * 2.5 + ((j * 37 + k * 11) % 15) - 7 + ((j * 13) % 100) / 100;
  return Math.min(100, Math.max(0, v)).toFixed(2);
}

/** An extra column the ingest does not know, hostile in header and cells. */
export const EXTRA_HEADER = `${RICH}<img src=x onerror=alert(9)>`;

/**
 * The data file: canonical long format with every free-text column (and tool, description and an unknown
 * column), each agency in both years, then rows the ingest must report with their hostile values.
 */
export function hostileCsv(orgs: readonly HostileOrg[] = ORGS): string {
  const header = [
    ...AGENCY_YEAR_FIELDS,
    'tool',
    'code',
    'description',
    'score',
    'negative_pct',
    'respondents',
    EXTRA_HEADER,
  ];
  const lines = [row(header)];
  orgs.forEach((o, k) => {
    for (const y of YEARS) {
      codesOf(y).forEach(({ code, tool }, j) => {
        const s = tool === 'OIT' ? (o.base === 0 || (j + k * 3) % 5 !== 0 ? '100' : '0') : score(o, k, y, j);
        const neg = tool === 'OIT' ? '' : String(((j * 7 + k) % 20) + 0.5);
        const n = tool === 'OIT' ? '' : String(30 + k);
        // Hostile tool and description on a few rows: read and ignored, never shown as markup.
        const toolCell = j % 9 === 0 ? IMG : tool;
        const desc = j % 4 === 0 ? `${IMG} ${JS} ${RICH}` : '';
        lines.push(
          row([
            o.id,
            o.name,
            o.type,
            o.province,
            o.district,
            y,
            toolCell,
            code,
            desc,
            s,
            neg,
            n,
            `=1+1 ${IMG}`,
          ]),
        );
      });
    }
  });
  const h1 = orgs[0] as HostileOrg;
  const at = (code: string, score: string, year: string | number = LATEST, name = h1.name) =>
    row([h1.id, name, h1.type, h1.province, h1.district, year, 'IIT', code, '', score, '', '', '']);
  // Rows the ingest reports (file, row, column and value shown in the validation report).
  lines.push(at(IMG, '90'));
  lines.push(at('I1', '=1+1'));
  lines.push(at('I2', '90', JS));
  lines.push(at('I3', '-2+3'));
  // The same id with another name: a warning naming both. The score repeats the agency's own I1 of that
  // year: a different score would be a conflict, and the agency-year would rightly get no overall.
  const i1 = codesOf(LATEST).findIndex((c) => c.code === 'I1');
  lines.push(at('I1', score(h1, 0, LATEST, i1), LATEST, `@SUM(1+1) ${IMG}`));
  return lines.join('\r\n') + '\r\n';
}

/** File names are shown too. */
export const DATA_FILE = `${IMG}{a|x}.csv`;
export const CATALOGUE_FILE = `<img src=x onerror=alert(7)>${RICH}.csv`;

/** Title of every hostile catalogue measure: a formula first, markup after (checked in every export). */
export const MEASURE_TITLE = (code: string) => `=1+1 ${IMG} มาตรการ ${code} ${RICH} ${TPL}`;

/**
 * A user catalogue with one hostile measure for every question and OIT item of 2566–2568 (effort 1, so the
 * drafted plan takes it first); loaded in `replace` mode, every measure the plan suggests is hostile.
 */
export function hostileCatalogue(): string {
  const header =
    'id,code,years,title_th,title_en,steps_th,steps_en,unit_th,unit_en,timeframe,evidence_th,evidence_en,effort';
  const codes = new Set<string>();
  for (const y of [2566, 2567, 2568]) for (const c of codesOf(y)) codes.add(c.code);
  const lines = [header];
  for (const code of codes) {
    lines.push(
      row([
        `H-${code}`,
        code,
        '2566-2568',
        MEASURE_TITLE(code),
        `${JS} measure ${code} ${RICH_B}`,
        `1. ${IMG}\n2. ${JS}\n3. ${RICH_B} ${TPL}`,
        `1. =cmd|' /C calc'!A0\n2. ${RICH}`,
        `@SUM(1+1) ${TPL}`,
        `-2+3 ${IMG}`,
        'Q1',
        `+cmd|' /C calc'!A0 ${RICH_B}`,
        `${IMG} evidence`,
        1,
      ]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
