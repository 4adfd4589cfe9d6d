// Static text: no client script needed.
export const csr = false;
