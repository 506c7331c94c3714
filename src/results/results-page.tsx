// Placeholder until the page is built; replaced by the feature's own implementation.
export function ResultsPage() {
  return <h1 tabIndex={-1}>ResultsPage</h1>;
}
