// The layout's parts that no first screen needs, in one small file fetched once the page is idle:
// the footer's "Delete this client", and the gate of the header's client bar (which fetches the
// bar itself only when there is something to show).
export { ClientBarGate } from './client-bar-gate';
export { Forget } from './forget-button';
