// Every text for a state that cannot happen: a bug in the mock, never a service answer nor a
// mistake in a test's use of it. Plain Errors (a door answers them as an internal failure).

export function noSuchShape(name: string): Error {
  return new Error(`service model has no shape ${name}`);
}

export function duplicateSortedKey(): Error {
  return new Error('SortedList: duplicate key');
}

export function recordAlreadyStored(name: string): Error {
  return new Error(`SortedTable: ${name} is already stored`);
}
