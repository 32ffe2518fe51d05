/**
 * The instance's startup script, with {{PLACEHOLDERS}} that render-startup.ts fills with
 * shell-quoted values. It installs a pinned forge runner (checksum verified), checks the GPU when
 * one was asked for, registers with single-use material, runs jobs, and powers the machine off
 * (which ends it: EC2 terminates, GCE deletes at its run-duration limit or the next sweep) when
 * the job is done, nothing came for the idle timeout, the maximum lifetime passed, or the spot
 * market reclaims it. It carries no cloud credentials. Every line goes to the serial console.
 * Backslashes are doubled and `${` escaped, as a template literal needs; nothing else differs.
 */
export const STARTUP_TEMPLATE = `#!/bin/bash
# cml cloud runner startup script, rendered by cml; edit src/runners/startup-template.ts instead.
set -uo pipefail

CML_FORGE={{FORGE}}
CML_CLOUD={{CLOUD}}
CML_RUNNER_NAME={{NAME}}
CML_RUNNER_LABELS={{LABELS}}
CML_TARGET_URL={{TARGET_URL}}
CML_RUNNER_VERSION={{RUNNER_VERSION}}
CML_RUNNER_ARCHIVE_URL={{RUNNER_URL}}
CML_RUNNER_SHA256_X64={{RUNNER_SHA256_X64}}
CML_RUNNER_SHA256_ARM64={{RUNNER_SHA256_ARM64}}
CML_RUNNER_CHECKSUMS_URL={{RUNNER_CHECKSUMS_URL}}
CML_REGISTRATION={{REGISTRATION_KIND}}
CML_IDLE_TIMEOUT={{IDLE_TIMEOUT}}
CML_MAX_LIFETIME={{MAX_LIFETIME}}
CML_SINGLE={{SINGLE}}
CML_GPU={{GPU}}
CML_SPOT={{SPOT}}
CML_USER_SCRIPT_B64={{USER_SCRIPT}}
# Single-use registration material: a GitHub JIT config, a registration token (reusable runners)
# or this instance's own GitLab runner token, deleted by cml at teardown. Never printed.
CML_SECRET={{SECRET}}

: "\${CML_HOME:=/opt/cml-runner}"
: "\${CML_LOG:=/var/log/cml-runner.log}"
: "\${CML_CONSOLE:=/dev/console}"
: "\${CML_WATCH_INTERVAL:=30}"
: "\${CML_SPOT_INTERVAL:=5}"
: "\${CML_GPU_TRIES:=30}"
: "\${CML_AWS_IMDS:=http://169.254.169.254}"
: "\${CML_GCE_METADATA:=http://metadata.google.internal}"
CML_RUNNER_USER=cml

log() {
  printf '%s cml-runner %s: %s\\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$CML_RUNNER_NAME" "$*"
}

setup_logging() {
  mkdir -p "$CML_HOME" "$(dirname "$CML_LOG")"
  if [[ -w "$CML_CONSOLE" ]]; then
    exec > >(tee -a "$CML_LOG" >"$CML_CONSOLE") 2>&1
  else
    exec >>"$CML_LOG" 2>&1
  fi
}

# The machine ends itself: InstanceInitiatedShutdownBehavior=terminate on EC2, and on GCE a
# stopped VM is deleted by its run-duration limit or the next sweep.
halt_machine() {
  systemctl poweroff || poweroff || shutdown -h now
}

power_off() {
  local reason=$1
  # Only the first caller (watchdog, lifetime timer, reclaim watcher) does the work.
  if ! mkdir "$CML_HOME/powering-off" 2>/dev/null; then
    return 0
  fi
  log "powering off: $reason"
  echo "$reason" >"$CML_HOME/powering-off/reason"
  stop_runner
  deregister
  sync
  halt_machine
  exit 0
}

machine_arch() {
  case "$(uname -m)" in
    x86_64 | amd64) echo x64 ;;
    aarch64 | arm64) echo arm64 ;;
    *)
      log "unsupported machine architecture $(uname -m)"
      return 1
      ;;
  esac
}

# Downloads the pinned runner and checks it against the pinned sha256 (or, when no hash is
# pinned for this version, the checksum file the project publishes next to the release).
download_runner() {
  local arch url expected file
  arch=$(machine_arch) || return 1
  if [[ $CML_FORGE == gitlab && $arch == x64 ]]; then
    url=\${CML_RUNNER_ARCHIVE_URL//@ARCH@/amd64}
  else
    url=\${CML_RUNNER_ARCHIVE_URL//@ARCH@/$arch}
  fi
  if [[ $arch == arm64 ]]; then
    expected=$CML_RUNNER_SHA256_ARM64
  else
    expected=$CML_RUNNER_SHA256_X64
  fi
  file="$CML_HOME/runner-download"
  log "downloading $url"
  curl -fsSL --retry 5 --retry-connrefused -o "$file" "$url" || return 1
  if [[ -z $expected && -n $CML_RUNNER_CHECKSUMS_URL ]]; then
    expected=$(curl -fsSL --retry 5 "$CML_RUNNER_CHECKSUMS_URL" | awk -v name="\${url##*/}" '$2 ~ ("/" name "$") || $2 == ("*" name) || $2 == name { print $1; exit }')
  fi
  if [[ -z $expected ]]; then
    log "no checksum for $url: refusing to run it"
    return 1
  fi
  if ! echo "$expected  $file" | sha256sum -c --quiet -; then
    log "checksum mismatch for $url"
    return 1
  fi
  log "runner $CML_RUNNER_VERSION verified (sha256 $expected)"
}

install_runner() {
  id -u "$CML_RUNNER_USER" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$CML_RUNNER_USER"
  echo "$CML_RUNNER_USER ALL=(ALL) NOPASSWD:ALL" >/etc/sudoers.d/cml-runner
  download_runner || return 1
  if [[ $CML_FORGE == github ]]; then
    mkdir -p "$CML_HOME/runner"
    tar -xzf "$CML_HOME/runner-download" -C "$CML_HOME/runner" || return 1
    "$CML_HOME/runner/bin/installdependencies.sh" || log "installdependencies.sh failed; continuing"
    chown -R "$CML_RUNNER_USER:$CML_RUNNER_USER" "$CML_HOME/runner"
  else
    install -m 0755 "$CML_HOME/runner-download" /usr/local/bin/gitlab-runner || return 1
    mkdir -p "$CML_HOME/builds"
    chown "$CML_RUNNER_USER:$CML_RUNNER_USER" "$CML_HOME/builds"
  fi
  rm -f "$CML_HOME/runner-download"
}

# Starts the runner in the background and records its pid. Secrets travel in the environment
# (ACTIONS_RUNNER_INPUT_*, CI_SERVER_TOKEN), never on a command line other processes can read.
start_runner() {
  if [[ $CML_FORGE == github ]]; then
    cd "$CML_HOME/runner" || return 1
    if [[ $CML_REGISTRATION == github-jit ]]; then
      export ACTIONS_RUNNER_INPUT_JITCONFIG=$CML_SECRET
      sudo --preserve-env=ACTIONS_RUNNER_INPUT_JITCONFIG -u "$CML_RUNNER_USER" ./run.sh &
    else
      export ACTIONS_RUNNER_INPUT_TOKEN=$CML_SECRET
      local ephemeral=()
      if [[ $CML_SINGLE == true ]]; then
        ephemeral=(--ephemeral)
      fi
      sudo --preserve-env=ACTIONS_RUNNER_INPUT_TOKEN -u "$CML_RUNNER_USER" ./config.sh --unattended --replace \\
        --url "$CML_TARGET_URL" --name "$CML_RUNNER_NAME" --labels "$CML_RUNNER_LABELS" "\${ephemeral[@]}" || return 1
      unset ACTIONS_RUNNER_INPUT_TOKEN
      sudo -u "$CML_RUNNER_USER" ./run.sh &
    fi
  else
    export CI_SERVER_TOKEN=$CML_SECRET
    if [[ $CML_SINGLE == true ]]; then
      gitlab-runner run-single --url "$CML_TARGET_URL" --executor shell --name "$CML_RUNNER_NAME" \\
        --builds-dir "$CML_HOME/builds" --max-builds 1 &
    else
      gitlab-runner register --non-interactive --config "$CML_HOME/config.toml" --url "$CML_TARGET_URL" \\
        --executor shell --name "$CML_RUNNER_NAME" --builds-dir "$CML_HOME/builds" || return 1
      gitlab-runner run --config "$CML_HOME/config.toml" --user "$CML_RUNNER_USER" \\
        --working-directory "$CML_HOME/builds" &
    fi
  fi
  echo $! >"$CML_HOME/runner.pid"
  log "runner started (pid $!)"
}

# SIGTERM, not SIGINT: background jobs of a non-interactive shell ignore SIGINT.
stop_runner() {
  local pid
  pid=$(cat "$CML_HOME/runner.pid" 2>/dev/null) || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

# GitHub JIT runners are single use and cml deletes them at teardown; a GitLab runner removes
# itself with its own token (cml deletes it too, in case the machine died first).
deregister() {
  if [[ $CML_FORGE == gitlab && -f "$CML_HOME/config.toml" ]]; then
    gitlab-runner unregister --config "$CML_HOME/config.toml" --all-runners || log "unregister failed"
  fi
  return 0
}

runner_busy() {
  if [[ $CML_FORGE == github ]]; then
    pgrep -f Runner.Worker >/dev/null
  else
    pgrep -u "$CML_RUNNER_USER" >/dev/null
  fi
}

# Idle watchdog: no job for CML_IDLE_TIMEOUT seconds ends the machine; so does the runner
# exiting (a JIT or --single runner exits after its one job).
watch_runner() {
  local pid=$1 idle_since now
  idle_since=$(date +%s)
  while kill -0 "$pid" 2>/dev/null; do
    now=$(date +%s)
    if runner_busy; then
      idle_since=$now
    elif ((CML_IDLE_TIMEOUT > 0 && now - idle_since >= CML_IDLE_TIMEOUT)); then
      log "no job for $CML_IDLE_TIMEOUT seconds"
      power_off idle-timeout
      return 0
    fi
    sleep "$CML_WATCH_INTERVAL"
  done
  wait "$pid"
  log "runner exited with status $?"
  power_off runner-exited
}

# Hard maximum lifetime: the init system's timer outlives this script; the sleeper is exact.
enforce_max_lifetime() {
  ((CML_MAX_LIFETIME > 0)) || return 0
  shutdown -h "+$(((CML_MAX_LIFETIME + 59) / 60))" "cml runner maximum lifetime" 2>/dev/null || true
  (
    sleep "$CML_MAX_LIFETIME"
    power_off max-lifetime
  ) &
}

reclaim_notice() {
  if [[ $CML_CLOUD == aws ]]; then
    local token
    token=$(curl -fsS -m 2 -X PUT "$CML_AWS_IMDS/latest/api/token" -H 'X-aws-ec2-metadata-token-ttl-seconds: 60') || return 1
    curl -fsS -m 2 -H "X-aws-ec2-metadata-token: $token" "$CML_AWS_IMDS/latest/meta-data/spot/instance-action" >/dev/null
  else
    [[ "$(curl -fsS -m 2 -H 'Metadata-Flavor: Google' "$CML_GCE_METADATA/computeMetadata/v1/instance/preempted")" == TRUE ]]
  fi
}

# Spot reclaim watcher: AWS gives two minutes' notice in instance-action, GCE sets preempted.
watch_reclaim() {
  while sleep "$CML_SPOT_INTERVAL"; do
    if reclaim_notice; then
      log "spot reclaim notice: deregistering"
      power_off spot-reclaimed
      return 0
    fi
  done
}

check_gpu() {
  [[ $CML_GPU == true ]] || return 0
  local try
  for ((try = 1; try <= CML_GPU_TRIES; try++)); do
    if nvidia-smi -L; then
      return 0
    fi
    sleep 10
  done
  log "a GPU was asked for but nvidia-smi fails: not registering"
  return 1
}

run_user_script() {
  [[ -n $CML_USER_SCRIPT_B64 ]] || return 0
  log "running the user startup script"
  echo "$CML_USER_SCRIPT_B64" | base64 -d >"$CML_HOME/user-startup.sh" || return 1
  bash "$CML_HOME/user-startup.sh"
}

main() {
  setup_logging
  log "starting: $CML_FORGE runner $CML_RUNNER_VERSION on $CML_CLOUD (labels $CML_RUNNER_LABELS)"
  enforce_max_lifetime
  if [[ $CML_SPOT == true ]]; then
    watch_reclaim &
  fi
  run_user_script || power_off startup-script-failed
  check_gpu || power_off gpu-missing
  install_runner || power_off install-failed
  start_runner || power_off register-failed
  watch_runner "$(cat "$CML_HOME/runner.pid")"
}

if [[ "\${CML_SOURCE_ONLY:-0}" != 1 ]]; then
  main
fi
`;
