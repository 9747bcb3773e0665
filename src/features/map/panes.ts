/** Stacking of the map's vector panes (Leaflet's overlay pane is 400, its markers 600). */
export const PANES = { land: 250, icc: 300, regions: 350, annex: 360, strait: 420 } as const;
