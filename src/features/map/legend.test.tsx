import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MapLayer } from '../../content/schema';
import { HatchDefs, MapKey, MapLegend } from './legend';

const patterns = ['hatch-2014', 'hatch-2022'];

describe('the map legend', () => {
  it('has a labelled switch per layer that reflects and changes the layers', async () => {
    const onToggle = vi.fn<(layer: MapLayer, on: boolean) => void>();
    render(
      <MapLegend layers={new Set(['orte', 'annexion'])} onToggle={onToggle} patterns={patterns} />,
    );
    expect(screen.getByRole('checkbox', { name: 'Orte des Artikels' })).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Von Russland beanspruchte Gebiete' }),
    ).toBeChecked();
    const icc = screen.getByRole('checkbox', { name: 'Vertragsstaaten des IStGH' });
    expect(icc).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Beringstraße' })).not.toBeChecked();
    await userEvent.click(icc);
    expect(onToggle).toHaveBeenCalledWith('istgh', true);
  });

  it('states the facts: the claims and that no front line is drawn, the court, the strait', () => {
    render(<MapLegend layers={new Set()} onToggle={() => {}} patterns={patterns} />);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Russland kontrolliert nicht dieses gesamte Gebiet.');
    expect(text).toContain('68/262 von 2014 und ES-11/4 von 2022');
    expect(text).toContain('Diese Karte zeigt nicht die Frontlinie');
    expect(text).toContain('Die USA und Russland sind keine Vertragsstaaten');
    expect(text).toContain('Kanada und alle EU-Staaten');
    expect(text).toContain('etwa 4 km');
  });

  it('offers no switch that does nothing before the page is interactive', () => {
    render(
      <MapLegend layers={new Set()} onToggle={() => {}} patterns={patterns} interactive={false} />,
    );
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
  });

  it('hatches the two years of claims in two directions, with the patterns it names', () => {
    const { container } = render(
      <>
        <HatchDefs ids={patterns} />
        <MapKey layers={new Set(['annexion'])} patterns={patterns} />
      </>,
    );
    const angles = ['hatch-2014', 'hatch-2022'].map((id) =>
      container.querySelector(`pattern#${id}`)?.getAttribute('patternTransform'),
    );
    expect(angles).toEqual(['rotate(-45)', 'rotate(45)']);
    expect(container.querySelector('.map-key rect')?.getAttribute('style')).toContain('hatch-2022');
    expect(screen.getByText('Von Russland beansprucht (ohne Frontlinie)')).toBeInTheDocument();
  });
});
