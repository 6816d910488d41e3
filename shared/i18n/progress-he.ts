/** A station's completeness from its content, the status it suggests, and the team's own status with its reason, in Hebrew. */
export const progressHe = {} as const;
