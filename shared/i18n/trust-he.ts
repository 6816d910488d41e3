/** Whether an approval is believed: trusted keys, the review standing in the command line and the cluster, in Hebrew. */
export const trustHe = {} as const;
