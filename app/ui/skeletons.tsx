/** Placeholders in the shape of the widget that is loading, so the page does not jump. */
export function TableSkeleton({ rows = 8, columns = 6 }: { rows?: number; columns?: number }) {
  return (
    <div className="panel" aria-busy="true" aria-label="Loading">
      <table className="table">
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row}>
              {Array.from({ length: columns }, (_, column) => (
                <td key={column}>
                  <span className="skeleton" style={{ width: `${50 + ((row * 7 + column * 13) % 45)}%` }} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CountsSkeleton({ cards = 6 }: { cards?: number }) {
  return (
    <div className="counts" aria-busy="true" aria-label="Loading">
      {Array.from({ length: cards }, (_, index) => (
        <div key={index} className="count-card">
          <span className="skeleton" style={{ width: '60%' }} />
          <span className="skeleton" style={{ width: '40%', height: 22 }} />
        </div>
      ))}
    </div>
  );
}

export function PanelSkeleton({ height = 120 }: { height?: number }) {
  return (
    <div className="panel panel-body" aria-busy="true" aria-label="Loading">
      <span className="skeleton" style={{ height }} />
    </div>
  );
}
