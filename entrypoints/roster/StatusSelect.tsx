// The status picker: the bulk bar and a creator's detail offer the same statuses, in the same order.
import { STATUSES, type Status } from '../../shared/schemas/enums';

export function StatusSelect({ value, onChange }: { value: Status; onChange: (status: Status) => void }) {
  return (
    <label>
      Status
      <select
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Status)}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );
}
