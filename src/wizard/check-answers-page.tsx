// Placeholder until the page is built; replaced by the feature's own implementation.
export function CheckAnswersPage() {
  return <h1 tabIndex={-1}>CheckAnswersPage</h1>;
}
