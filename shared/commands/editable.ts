/** One field of an item and its new value, for commands that edit a field at a time (the id never changes). */
export type FieldEdit<T, Fixed extends keyof T = never> = { [K in Exclude<keyof T, 'id' | Fixed>]: { field: K; value: T[K] } }[Exclude<keyof T, 'id' | Fixed>];
