import type { Problem } from '../../analysis/problems';
import type { CliArgs } from './args';

/** The error when nothing could be analysed (no data, or filters that match nothing). */
export function noResultsProblem(args: CliArgs): Problem {
  const filter = [args.org ? `--org ${args.org}` : '', args.year ? `--year ${args.year}` : '']
    .filter(Boolean)
    .join(' ');
  return {
    severity: 'error',
    kind: 'no-results',
    file: args.files.join(', '),
    row: null,
    column: null,
    value: filter || null,
    message_th: `ไม่มีผลการประเมินที่คำนวณได้${filter ? ` ตามเงื่อนไข ${filter}` : ''} — ตรวจสอบข้อผิดพลาดของไฟล์ หรือรหัสหน่วยงาน/ปีที่ระบุ`,
    message_en: `Nothing could be analysed${filter ? ` for ${filter}` : ''} — check the file errors, or the organisation/year given`,
  };
}
