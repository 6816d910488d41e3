import type { Node, NodeProps } from '@xyflow/react';

export type ColumnHeaderNode = Node<{ label: string; width: number; direction: 'rtl' | 'ltr' }, 'column'>;

/** The name of a column of the model (inputs, services, outcomes by horizon, goals) above its boxes. */
export function ColumnHeader({ data }: NodeProps<ColumnHeaderNode>) {
  return (
    <div className="logic-column-header" style={{ width: data.width }} dir={data.direction}>
      {data.label}
    </div>
  );
}
