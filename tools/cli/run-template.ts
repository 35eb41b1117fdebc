import { resolveFramework } from '../../analysis/frameworks/registry';
import { templateCsv } from '../../analysis/exports/template';
import type { CliArgs } from './args';
import { emit } from './output';

/** `ita template`: a blank canonical CSV (UTF-8 with BOM) with every code of a framework year. */
export function runTemplate(args: CliArgs): number {
  const year = args.framework ?? (args.year as number);
  const r = resolveFramework(year);
  if (!r) {
    process.stderr.write(
      args.lang === 'th'
        ? `ita: ไม่มีเกณฑ์ของปี ${year} (มีตั้งแต่ปี 2562)\n`
        : `ita: no framework for ${year} (frameworks start at 2562)\n`,
    );
    return 2;
  }
  const csv = templateCsv({ ...r.framework, year }, args.level);
  emit(csv, args.out);
  return 0;
}
