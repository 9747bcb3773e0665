import { stakeholders } from '../../content/stakeholders';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import DiagramVisual from './diagram-visual';

/** A step of the story (a section's id: its first step). */
const stepOf = (id: string) =>
  content.stepById.get(id) ?? content.sections.find((s) => s.id === id)!.steps[0]!;

function renderSection(id: string, selected: string[] = []) {
  const step = stepOf(id);
  return render(
    <MemoryRouter>
      <DiagramVisual visual={step.visual} selected={selected} sectionId={step.sectionId} />
    </MemoryRouter>,
  );
}

describe('the diagram in the story', () => {
  it('puts the missing Ukraine in focus in the section “Ohne die Ukraine”', () => {
    renderSection('ohne-die-ukraine');
    expect(
      screen.getByText(/Im Fokus: Ukraine · EU · USA/, { selector: 'strong' }),
    ).toBeInTheDocument();
    const ukraine = screen.getByRole('link', { name: 'Ukraine' });
    expect(ukraine).toHaveAttribute('data-primary', 'true');
    expect(ukraine).toHaveAttribute('data-focus', 'in');
    expect(screen.getByRole('link', { name: 'Präsident Selenskyj' })).toHaveAttribute(
      'data-focus',
      'in',
    );
    expect(
      screen.getByRole('link', { name: 'IStGH (Internationaler Strafgerichtshof)' }),
    ).toHaveAttribute('data-focus', 'out');
    expect(screen.getByRole('link', { name: 'USA → Selenskyj: nicht eingeladen' })).toHaveAttribute(
      'data-focus',
      'in',
    );
  });

  it('labels the relations in focus and leaves the others as lines', () => {
    const { container } = renderSection('europas-sorge-1-b');
    const labels = [...container.querySelectorAll('.edge-label__text')].map((t) => t.textContent);
    expect(labels).toContain('Sorge in Europa');
    expect(labels.join(' ')).not.toContain('Haftbefehl');
    // Every relation is still there, and reachable.
    expect(container.querySelectorAll('a.edge-link')).toHaveLength(stakeholders.relations.length);
  });

  it('obeys the actor filter: the chosen actors stand out, the rest dims', () => {
    renderSection('europas-sorge-1-b', ['russland']);
    expect(screen.getByRole('link', { name: 'Russland (Russische Föderation)' })).toHaveAttribute(
      'data-emphasis',
      'match',
    );
    expect(screen.getByRole('link', { name: 'EU (Europäische Union)' })).toHaveAttribute(
      'data-emphasis',
      'dimmed',
    );
  });

  it('opens a node on the actors page, keeping the filter', () => {
    renderSection('ohne-die-ukraine', ['eu']);
    expect(screen.getByRole('link', { name: 'Ukraine' })).toHaveAttribute(
      'href',
      '/akteure?akteur=eu&knoten=ukraine',
    );
  });
});
