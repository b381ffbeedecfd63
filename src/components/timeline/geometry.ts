/** Pixel sizes shared by the lanes and the link overlay, which must agree on where marks sit. */
export const ROW = 30;
export const LEADERSHIP_ROW = 40;
export const LANE_TITLE = 26;
export const LANE_GAP = 10;

/** Vertical centre of a row of the events or directives lane, from the top of its body. */
export const laneRowCentre = (row: number): number => row * ROW + ROW / 2;
/** Vertical centre of the change markers on an office row of the leadership lane. */
export const officeRowCentre = (row: number): number => row * LEADERSHIP_ROW + 21;
