// A module resolution hook for scripts/serve-next.ts: `server-only` resolves as on the server (its empty
// module), without turning on the react-server condition for everything else the process loads.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== 'server-only') return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
}
