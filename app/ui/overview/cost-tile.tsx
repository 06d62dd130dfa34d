import { Tile } from './overview-tiles';

/** The most costly machines, once costs are computed (lib/cost). */
export function CostTile() {
  return (
    <Tile title="Most costly state machines" href="/state-machines" linkLabel="State machines" testId="tile-costs">
      <p className="empty" data-testid="costs-not-computed">
        Costs are not computed yet.
      </p>
    </Tile>
  );
}
