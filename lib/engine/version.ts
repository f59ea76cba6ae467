// Every reply names the engine version (DESIGN.md §1); bump it whenever a constant or rule changes
// an output, so saved lists can say which engine produced them.
export const ENGINE_VERSION = '3.2.0';
