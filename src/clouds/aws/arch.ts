/** Architecture an EC2 type runs: Graviton families carry a `g` after the generation (m7g, c6gn, t4g). */
export function architectureOf(type: string): 'arm64' | 'x86_64' {
  return /^[a-z]+\d+g[a-z]*\./.test(type) ? 'arm64' : 'x86_64';
}
