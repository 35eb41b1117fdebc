import type { Dataset } from '@analysis/dataset';
import { FileReports } from './file-reports';
import { ProblemList } from './problem-list';

/** The validation report: what was read from each file, and every problem with its fix. */
export function ReportPanel({ dataset, label }: { dataset: Dataset; label: string }) {
  const files = [...new Set(dataset.files.map((f) => f.name))];
  return (
    <div className="report">
      <FileReports files={dataset.files} />
      <ProblemList problems={dataset.problems} files={files} label={label} />
    </div>
  );
}
