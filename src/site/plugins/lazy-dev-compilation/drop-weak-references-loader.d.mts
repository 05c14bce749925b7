/** The route registry module with every `require.resolveWeak(…)` replaced by `undefined`. */
export default function dropWeakReferences(source: string): string;
