/** The element id of the results' summary, which a loosening's button moves focus to. */
export const summaryId = 'results-summary';
