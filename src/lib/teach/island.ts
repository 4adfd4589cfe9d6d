/** Id of the element a teach page's island is mounted in (student assignment, builder, gradebook). */
export const ISLAND_ROOT_ID = 'teach-root';

/** Id of the JSON script element that carries the island's props. */
export const ISLAND_DATA_ID = 'teach-data';
