// Placeholder until the page is built; replaced by the feature's own implementation.
export function TablePage() {
  return <h1 tabIndex={-1}>TablePage</h1>;
}
