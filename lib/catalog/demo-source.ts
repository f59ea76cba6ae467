// The `source` of every generated demo program: its own module so browser code can check it
// without bundling the generator.
export const DEMO_SOURCE = 'demo';
