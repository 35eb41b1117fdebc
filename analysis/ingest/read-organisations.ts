import type { OrgFields } from './org-registry';
import type { IngestContext } from './context';
import { isBlank } from './csv';
import type { Layout } from './detect';
import { msg } from './messages';
import { cell } from './row-context';

/**
 * Read an organisations file (`org_id, org_name, org_type, province, district`). Its rows are joined to
 * the scores by org_id after every file is read, whatever the order the files came in.
 */
export function readOrganisations(
  ctx: IngestContext,
  records: readonly string[][],
  layout: Layout,
  fileIndex: number,
  out: OrgFields[],
): { dataRows: number; kept: number; rowsWithErrors: number } {
  const file = ctx.files[fileIndex]?.name ?? '';
  let dataRows = 0;
  let kept = 0;
  let rowsWithErrors = 0;
  for (let r = layout.headerIndex + 1; r < records.length; r++) {
    const rec = records[r] as string[];
    if (isBlank(rec)) continue;
    dataRows++;
    const id = cell(rec, layout, 'org_id');
    if (!id) {
      ctx.log.add(
        'error',
        'org-without-id',
        { file, row: r + 1, column: 'org_id', value: null },
        msg.orgsNoId(),
      );
      rowsWithErrors++;
      continue;
    }
    out.push({
      id,
      name: cell(rec, layout, 'org_name'),
      type: cell(rec, layout, 'org_type'),
      province: cell(rec, layout, 'province'),
      district: cell(rec, layout, 'district'),
    });
    kept++;
  }
  return { dataRows, kept, rowsWithErrors };
}
