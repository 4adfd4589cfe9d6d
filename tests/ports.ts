// Where the e2e servers listen. E2E_PORT moves both (the sub-path build takes the next port), so two
// checkouts can run their end-to-end tests at the same time.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const ORIGIN = `http://localhost:${PORT}`;
export const SUBPATH_ORIGIN = `http://localhost:${PORT + 1}`;
