#!/usr/bin/env bash
# The GitHub Action's step (action.yml): install wirelint from the action's own checkout (so a
# workflow pinned to wirelint@v1.2.0 runs wirelint 1.2.0), lint the given paths with pull-request
# annotations (the `github` output format), optionally write SARIF, and report through the files
# the runner provides ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY).
#
# Runner variables read: GITHUB_ACTION_PATH (the action's checkout), GITHUB_WORKSPACE (the
# repository; paths are relative to it), RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY.
# Inputs (set by action.yml): INPUT_PATHS, INPUT_ARGS, INPUT_SARIF, INPUT_FAIL_ON_FINDINGS.
# WIRELINT_ACTION_VENV overrides where wirelint is installed (a venv reused when it already holds
# the action's version).
set -euo pipefail

action_path="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set (run this from action.yml)}"
workspace="${GITHUB_WORKSPACE:-$PWD}"
venv="${WIRELINT_ACTION_VENV:-${RUNNER_TEMP:-/tmp}/wirelint-action-venv}"
python="${WIRELINT_ACTION_PYTHON:-python3}"

want="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$action_path/wirelint/__init__.py")"
if [ -z "$want" ]; then
  echo "::error title=wirelint action::cannot read the version in $action_path/wirelint/__init__.py"
  exit 2
fi

have=""
if [ -x "$venv/bin/python" ]; then
  have="$("$venv/bin/python" -c 'import wirelint; print(wirelint.__version__)' 2>/dev/null || true)"
fi
if [ "$have" != "$want" ]; then
  echo "Installing wirelint $want from $action_path"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$action_path"
else
  echo "wirelint $want is installed in $venv"
fi

# Word-split the inputs (paths with spaces: quote them in args instead).
read -r -a paths <<< "$(printf '%s' "${INPUT_PATHS:-.}" | tr '\n' ' ')"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
extra=()
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<< "$(printf '%s' "$INPUT_ARGS" | tr '\n' ' ')"
fi

cd "$workspace"
log="$(mktemp "${RUNNER_TEMP:-/tmp}/wirelint-XXXXXX.log")"
status=0
GITHUB_ACTIONS=true "$venv/bin/python" -m wirelint check --output-format github --no-color "${extra[@]}" "${paths[@]}" > "$log" || status=$?
cat "$log"
findings="$(grep -c '^::\(error\|warning\|notice\) ' "$log" || true)"

sarif="${INPUT_SARIF:-}"
if [ -n "$sarif" ]; then
  mkdir -p "$(dirname "$sarif")"
  sarif_status=0
  "$venv/bin/python" -m wirelint check --output-format sarif --exit-zero "${extra[@]}" "${paths[@]}" > "$sarif" || sarif_status=$?
  if [ "$sarif_status" -ne 0 ]; then
    echo "::warning title=wirelint action::writing SARIF failed (exit $sarif_status)"
  else
    echo "SARIF written to $sarif"
  fi
fi

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "exit-code=$status"
    echo "findings=$findings"
    echo "sarif=$sarif"
  } >> "$GITHUB_OUTPUT"
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  {
    echo "### wirelint $want"
    case "$status" in
      0) echo "No findings in \`${paths[*]}\`." ;;
      1) echo "$findings finding(s) in \`${paths[*]}\`; see the annotations on the changed files." ;;
      *) echo "wirelint could not finish (exit $status); see the step's log." ;;
    esac
  } >> "$GITHUB_STEP_SUMMARY"
fi
rm -f "$log"

if [ "$status" -eq 1 ] && [ "${INPUT_FAIL_ON_FINDINGS:-true}" != "true" ]; then
  exit 0
fi
exit "$status"
