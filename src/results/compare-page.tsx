// Placeholder until the page is built; replaced by the feature's own implementation.
export function ComparePage() {
  return <h1 tabIndex={-1}>ComparePage</h1>;
}
