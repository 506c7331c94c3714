/**
 * Bounds for the largest meeting. The report's largest limit is 1,000 (plus GoToMeeting's
 * "250+" with seminars of 3,000); 100,000 is far beyond any of them, so a larger number is a typo.
 */
export const MIN_PARTICIPANTS = 2;
export const MAX_PARTICIPANTS = 100_000;
