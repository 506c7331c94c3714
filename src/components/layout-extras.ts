// The layout's parts that no first screen needs, in one file fetched once the page is idle: the
// header's client switch and present mode, and the footer's "Delete this client".
export { ClientBar } from './client-bar';
export { Forget } from './forget-button';
