/** A view's heading and the sentence under it that says what the view is for. */
export function PageHead({ title, intro }: { title: string; intro: string }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
    </div>
  );
}
