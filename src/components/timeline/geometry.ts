/** Pixel sizes shared by the lanes and the link overlay, which must agree on where marks sit. */
export const ROW = 30;
export const LEADERSHIP_ROW = 40;
export const LANE_TITLE = 26;
export const LANE_GAP = 10;
