#!/usr/bin/env bash
# Validates the Bicep templates in infra/ with the Bicep CLI from NuGet (no network beyond NuGet needed):
#   bicep build and bicep lint of infra/main.bicep (and so of every module it uses), then bicep lint and
#   bicep build-params of every infra/*.bicepparam.
# Exits non-zero if any step reports an error; warnings are printed and counted.
#   --warnings-as-errors   also fail when a step prints a warning
# CI calls it as: bash infra/validate.sh
set -euo pipefail

warnings_as_errors=false
for arg in "$@"; do
  case "$arg" in
    --warnings-as-errors) warnings_as_errors=true ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "validate.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

infra_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$infra_dir/.." && pwd)"

bicep_package="azure.bicep.commandline.linux-x64"
bicep_version="0.49.2" # keep in step with infra/tools/BicepCli.proj
packages_dir="$repo_root/.tools/nuget" # .tools/ is git-ignored

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "==> Restoring Bicep CLI $bicep_version from NuGet into .tools/nuget"
dotnet restore "$infra_dir/tools/BicepCli.proj" --packages "$packages_dir" --verbosity quiet

# Package layout (checked on 0.49.2): <packages>/azure.bicep.commandline.linux-x64/<version>/tools/bicep
package_dir="$packages_dir/$bicep_package/$bicep_version"
bicep="$(find "$package_dir" -type f -path '*/tools/bicep' -print -quit 2>/dev/null || true)"
if [[ -z "$bicep" ]]; then
  echo "validate.sh: no tools/bicep inside $package_dir" >&2
  exit 1
fi
chmod +x "$bicep"

version_line="$("$bicep" --version)"
echo "    $version_line"
if [[ "$version_line" != *"$bicep_version"* ]]; then
  echo "validate.sh: expected Bicep CLI $bicep_version" >&2
  exit 1
fi

cd "$repo_root"

failed_steps=0
warning_count=0
step_count=0
diagnostics="$(mktemp)"
trap 'rm -f "$diagnostics"' EXIT

# Runs one bicep command; its stdout (compiled JSON) is discarded, its diagnostics (stderr) are shown.
run_step() {
  local title="$1"
  shift
  step_count=$((step_count + 1))
  echo "==> $title"
  local status=0
  "$bicep" "$@" > /dev/null 2> "$diagnostics" || status=$?
  if [[ -s "$diagnostics" ]]; then
    sed 's/^/    /' "$diagnostics"
  fi
  local step_warnings
  step_warnings="$(grep -c ' : Warning ' "$diagnostics" || true)"
  warning_count=$((warning_count + step_warnings))
  if [[ $status -ne 0 ]] || grep -q ' : Error ' "$diagnostics"; then
    echo "    FAILED (exit code $status)"
    failed_steps=$((failed_steps + 1))
  else
    echo "    ok ($step_warnings warnings)"
  fi
}

run_step "bicep build infra/main.bicep" build infra/main.bicep --stdout
run_step "bicep lint infra/main.bicep" lint infra/main.bicep

shopt -s nullglob
param_files=(infra/*.bicepparam)
shopt -u nullglob
if [[ ${#param_files[@]} -eq 0 ]]; then
  echo "validate.sh: no .bicepparam files in infra/" >&2
  exit 1
fi
for param_file in "${param_files[@]}"; do
  run_step "bicep lint $param_file" lint "$param_file"
  run_step "bicep build-params $param_file" build-params "$param_file" --stdout
done

echo "==> Bicep validation: $step_count steps, $failed_steps failed, $warning_count warnings"
if [[ $failed_steps -ne 0 ]]; then
  exit 1
fi
if [[ "$warnings_as_errors" == true && $warning_count -ne 0 ]]; then
  echo "validate.sh: warnings are treated as errors" >&2
  exit 1
fi
