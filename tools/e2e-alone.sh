#!/usr/bin/env bash
# Runs every end-to-end test alone, exactly as `npx jest -t '<its full name>'`, one jest per test,
# and prints PASS or FAIL for each: an e2e test must set up all it needs, whatever ran before it.
# Slow (one jest start per test, ~75 tests): run it by hand, with TEST_DATABASE_URL set as for npm test.
set -uo pipefail
cd "$(dirname "$0")/.."
list=$(mktemp)
trap 'rm -f "$list"' EXIT
# A name pattern that matches nothing lists every test (skipped) with its full name.
mapfile -t files < <(find test -name '*.e2e.test.ts' | sort)
npx jest --json --outputFile="$list" -t '^no test is called this$' "${files[@]}" >/dev/null 2>&1
mapfile -t names < <(node -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const file of report.testResults) for (const test of file.assertionResults) console.log(test.fullName);
' "$list")
passed=0
failed=0
for name in "${names[@]}"; do
  pattern="^$(printf '%s' "$name" | sed -e 's/[]\/$*.^|?+(){}[]/\\&/g')\$"
  summary=$(npx jest -t "$pattern" 2>&1 | grep -a '^Tests:')
  if [[ "$summary" == *" 1 passed"* && "$summary" != *failed* ]]; then
    passed=$((passed + 1))
    echo "PASS  $name"
  else
    failed=$((failed + 1))
    echo "FAIL  $name  ($summary)"
  fi
done
echo "e2e tests passing alone: $passed, failing alone: $failed"
[[ $failed -eq 0 ]]
