/**
 * What a key does to the timeline's view while focus is anywhere in it (plot, events, buttons):
 * arrows pan (down the column, up and down too), + and - zoom, as maps do. Shift pans further.
 */
export type KeyAction = { pan: number } | { zoomBy: number };

export function keyAction(
  key: string,
  { shift, column, length }: { shift: boolean; column: boolean; length: number },
): KeyAction | undefined {
  const step = shift ? length * 0.5 : length * 0.15;
  switch (key) {
    case 'ArrowLeft':
      return { pan: step };
    case 'ArrowRight':
      return { pan: -step };
    // Down the column, up is earlier; across, the arrows up and down are left to the page.
    case 'ArrowUp':
      return column ? { pan: step } : undefined;
    case 'ArrowDown':
      return column ? { pan: -step } : undefined;
    case '+':
    case '=':
      return { zoomBy: 1.6 };
    case '-':
    case '_':
      return { zoomBy: 1 / 1.6 };
    default:
      return undefined;
  }
}
