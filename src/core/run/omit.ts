/** Omit over each member of a union (plain Omit would merge the members into one). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
