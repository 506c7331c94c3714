// Placeholder until the page is built; replaced by the feature's own implementation.
export function QuestionPage() {
  return <h1 tabIndex={-1}>QuestionPage</h1>;
}
