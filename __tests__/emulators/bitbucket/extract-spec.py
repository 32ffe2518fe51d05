#!/usr/bin/env python3
"""Cuts the parts of Bitbucket Cloud's OpenAPI (Swagger 2.0) description that cml's driver uses
into bitbucket-swagger-subset.json, with every definition they reference.

Source: Bitbucket's own https://api.bitbucket.org/swagger.json, as stored (split into
specification/paths.json, definitions.json and others.json, unchanged otherwise) by the npm
`bitbucket` client, github.com/MunifTanjim/node-bitbucket at commit
3d2eb82175c81744a977871ad75195b4f0a1c132 ("generate specifications", 2024-05-18).

Usage: extract-spec.py <dir holding paths.json, definitions.json, others.json> \
  > bitbucket-swagger-subset.json && npx prettier --write bitbucket-swagger-subset.json
"""
import json, os, sys

src = sys.argv[1]
paths = json.load(open(os.path.join(src, 'paths.json')))
definitions = json.load(open(os.path.join(src, 'definitions.json')))
others = json.load(open(os.path.join(src, 'others.json')))

R = '/repositories/{workspace}/{repo_slug}'
WANTED = [
    '/user',
    R,
    R + '/pullrequests',
    R + '/pullrequests/{pull_request_id}',
    R + '/pullrequests/{pull_request_id}/comments',
    R + '/pullrequests/{pull_request_id}/comments/{comment_id}',
    R + '/pullrequests/{pull_request_id}/merge',
    R + '/issues/{issue_id}/comments',
    R + '/issues/{issue_id}/comments/{comment_id}',
    R + '/commit/{commit}/comments',
    R + '/commit/{commit}/comments/{comment_id}',
    R + '/commit/{commit}/pullrequests',
    R + '/commit/{commit}/reports/{reportId}',
    R + '/commit/{commit}/reports/{reportId}/annotations',
    R + '/commit/{commit}/statuses/build',
    R + '/downloads',
    R + '/downloads/{filename}',
]

subset_paths = {p: paths[p] for p in WANTED}
needed, queue = set(), []

def walk(node):
    if isinstance(node, dict):
        ref = node.get('$ref')
        if isinstance(ref, str) and ref.startswith('#/definitions/'):
            name = ref[len('#/definitions/'):]
            if name not in needed:
                needed.add(name)
                queue.append(name)
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)

walk(subset_paths)
while queue:
    walk(definitions[queue.pop()])

narrative = {d['anchor']: d['body'] for d in others['x-atlassian-narrative']['documents']}
out = {
    'x-source': {
        'url': 'https://api.bitbucket.org/swagger.json',
        'stored-copy': 'github.com/MunifTanjim/node-bitbucket specification/*.json',
        'commit': '3d2eb82175c81744a977871ad75195b4f0a1c132',
        'note': 'Only the paths the cml driver uses, with every definition they reference, unchanged.',
    },
    'swagger': others['swagger'],
    'basePath': others['basePath'],
    'x-narrative': {k: narrative[k] for k in ('pagination', 'filtering')},
    'paths': subset_paths,
    'definitions': {k: definitions[k] for k in sorted(needed)},
}
json.dump(out, sys.stdout, indent=1, sort_keys=True)
