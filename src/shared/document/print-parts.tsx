/** Lines of a printed document (a cell, a title), a paragraph each. */
export function printLines(xs: readonly string[], className?: string) {
  return xs.map((x, i) => (
    <p key={i} className={className}>
      {x}
    </p>
  ));
}

/** The one header row of a printed table. */
export function PrintHead({ cells }: { cells: readonly string[] }) {
  return (
    <thead>
      <tr>
        {cells.map((h) => (
          <th key={h}>{h}</th>
        ))}
      </tr>
    </thead>
  );
}

/** The signature blocks at the foot of a printed plan or report, one a signer. */
export function PrintSignatures({
  signers,
  className = 'print-signatures',
}: {
  signers: readonly { role: string; lines: readonly string[] }[];
  className?: string;
}) {
  return (
    <div className={className}>
      {signers.map((s) => (
        <div key={s.role} className="print-signature">
          {printLines(s.lines)}
        </div>
      ))}
    </div>
  );
}
