// An unexpected console.error fails the test that caused it. A test that expects one takes it with
// takeConsoleErrors() and asserts on it.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

let errors: unknown[][] = [];
let spy: MockInstance<typeof console.error> | undefined;

export function takeConsoleErrors(): string[] {
  const taken = errors.map((args) => args.map(String).join(' '));
  errors = [];
  return taken;
}

beforeEach(() => {
  errors = [];
  spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  spy?.mockRestore();
  if (errors.length > 0) {
    const first = errors[0]?.map(String).join(' ');
    throw new Error(`console.error was called ${errors.length} time(s); first: ${first}`);
  }
});
