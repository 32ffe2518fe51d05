/**
 * The instance's startup script, with {{PLACEHOLDERS}} that render-startup.ts fills with
 * shell-quoted values. Run as user data (AWS) or the startup-script (GCE), it installs itself as
 * a systemd unit that runs the start-up and resumes it after a reboot: your startup-script, the
 * GPU check (one reboot allowed), Docker and the NVIDIA container toolkit when asked, the forge
 * runner cml resolved before launch (checksum verified), registration with single-use material,
 * then the watch: the machine powers off (which ends it: EC2 terminates, GCE stops until the stop
 * step or a sweep deletes it) when the job is done, nothing came for the idle timeout, the maximum
 * lifetime passed, or the spot market reclaims it. The unit's stop deregisters the runner on any
 * shutdown. It carries no cloud credentials. Every line goes to the serial console.
 * Backslashes are doubled and `${` escaped, as a template literal needs; nothing else differs.
 */
export const STARTUP_TEMPLATE = `#!/bin/bash
# cml cloud runner startup script, rendered by cml; edit src/runners/startup-template.ts instead.
set -uo pipefail

CML_FORGE={{FORGE}}
CML_CLOUD={{CLOUD}}
CML_RUNNER_NAME={{NAME}}
CML_RUNNER_LABELS={{LABELS}}
# The forge's URL (GitLab: the instance; GitHub: the repository or organisation) and whether
# the runner takes one job; read by the forge's part when it needs them.
# shellcheck disable=SC2034
CML_TARGET_URL={{TARGET_URL}}
# shellcheck disable=SC2034
CML_SINGLE={{SINGLE}}
CML_RUNNER_VERSION={{RUNNER_VERSION}}
CML_RUNNER_ARCHIVE_URL={{RUNNER_URL}}
CML_RUNNER_SHA256_X64={{RUNNER_SHA256_X64}}
CML_RUNNER_SHA256_ARM64={{RUNNER_SHA256_ARM64}}
CML_REGISTRATION={{REGISTRATION_KIND}}
CML_IDLE_TIMEOUT={{IDLE_TIMEOUT}}
CML_MAX_LIFETIME={{MAX_LIFETIME}}
CML_GPU={{GPU}}
CML_SPOT={{SPOT}}
CML_DOCKER={{DOCKER}}
CML_USER_SCRIPT_B64={{USER_SCRIPT}}
# What one forge alone reads (GitLab's executor and job image) is set in that forge's part.
# Single-use registration material the forge made for this runner (src/forge/<forge>/startup.ts
# says which). Never printed, never exported, and blanked in the machine's copy of this script
# once the runner holds it in its own files.
CML_SECRET={{SECRET}}

: "\${CML_HOME:=/opt/cml-runner}"
: "\${CML_LOG:=/var/log/cml-runner.log}"
: "\${CML_CONSOLE:=/dev/console}"
: "\${CML_WATCH_INTERVAL:=30}"
: "\${CML_SPOT_INTERVAL:=5}"
: "\${CML_GPU_TRIES:=30}"
: "\${CML_GPU_DELAY:=10}"
# Root of the system paths written here (/etc, /usr, /var/lib/cloud); tests point it elsewhere.
: "\${CML_ROOT:=}"
# Present when systemd is the init system (sd_booted(3)).
: "\${CML_SYSTEMD_BOOTED:=/run/systemd/system}"
# Set by the Kubernetes driver (src/clouds/kubernetes/pod-spec.ts): the script is the Pod's only
# process. No init system, no machine to power off (ending means exiting: restartPolicy Never),
# no reboot; the kubelet's SIGTERM (Pod deleted, activeDeadlineSeconds, node drained) is the
# shutdown, and the Pod's lifetime, spot nodes and GPUs are the cluster's business.
: "\${CML_IN_KUBERNETES:=0}"
CML_RUNNER_USER=cml
CML_UNIT=cml-runner.service
CML_STATE="$CML_HOME/state"

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

# Steps done survive a reboot: the start-up resumes after the last one.
step_done() {
  [[ -f "$CML_STATE/$1" ]]
}

mark_step() {
  mkdir -p "$CML_STATE"
  : >"$CML_STATE/$1"
}

# The machine ends itself: InstanceInitiatedShutdownBehavior=terminate on EC2, and on GCE a
# stopped VM is deleted by the stop step or the next sweep.
in_pod() {
  [[ $CML_IN_KUBERNETES == 1 ]]
}

halt_machine() {
  # A Pod ends when this script exits (power_off exits next).
  in_pod && return 0
  systemctl poweroff || poweroff || shutdown -h now
}

reboot_machine() {
  systemctl reboot || reboot
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

# Downloads the runner cml resolved before launch and checks it against the sha256 cml read
# from the release (src/runners/versions.ts) or runner-sha256.
download_runner() {
  local arch url expected file
  arch=$(machine_arch) || return 1
  url=\${CML_RUNNER_ARCHIVE_URL//@ARCH@/$(runner_package_arch "$arch")}
  if [[ $arch == arm64 ]]; then
    expected=$CML_RUNNER_SHA256_ARM64
  else
    expected=$CML_RUNNER_SHA256_X64
  fi
  if [[ -z $expected ]]; then
    log "no sha256 for the $arch runner $CML_RUNNER_VERSION: refusing to run it"
    return 1
  fi
  file="$CML_HOME/runner-download"
  log "downloading $url"
  curl -fsSL --retry 5 --retry-connrefused -o "$file" "$url" || return 1
  if ! echo "$expected  $file" | sha256sum -c --quiet -; then
    log "checksum mismatch for $url"
    return 1
  fi
  log "runner $CML_RUNNER_VERSION verified (sha256 $expected)"
}

prepare_user() {
  id -u "$CML_RUNNER_USER" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$CML_RUNNER_USER" || return 1
  mkdir -p "$CML_ROOT/etc/sudoers.d"
  echo "$CML_RUNNER_USER ALL=(ALL) NOPASSWD:ALL" >"$CML_ROOT/etc/sudoers.d/cml-runner"
  chmod 0440 "$CML_ROOT/etc/sudoers.d/cml-runner"
}

install_runner() {
  step_done runner-installed && return 0
  download_runner || return 1
  install_runner_package || return 1
  rm -f "$CML_HOME/runner-download"
  mark_step runner-installed
}

# ---- Docker and the NVIDIA container toolkit ----

wants_docker() {
  # No Docker daemon in a Pod (cml refuses docker and the docker executor on kubernetes).
  in_pod && return 1
  [[ $CML_DOCKER == true ]] || runner_needs_docker
}

apt_get() {
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -y -q "$@"
}

# Ubuntu's own docker.io package (signed by the image's archive keys); the NVIDIA container
# toolkit from NVIDIA's repository, registered as the docker runtime \`nvidia\` (NVIDIA's install
# guide). Images that carry them already (AWS Deep Learning AMIs, GCE Deep Learning VMs) skip this.
install_docker() {
  if ! command -v docker >/dev/null 2>&1; then
    log "installing Docker (docker.io)"
    apt_get update && apt_get install docker.io || return 1
  fi
  systemctl enable --now docker || return 1
  [[ $CML_GPU == true ]] || return 0
  if ! command -v nvidia-ctk >/dev/null 2>&1; then
    local keyring="$CML_ROOT/usr/share/keyrings/nvidia-container-toolkit-keyring.gpg"
    log "installing the NVIDIA container toolkit"
    mkdir -p "$(dirname "$keyring")" "$CML_ROOT/etc/apt/sources.list.d"
    curl -fsSL --retry 5 https://nvidia.github.io/libnvidia-container/gpgkey | gpg --dearmor --yes -o "$keyring" || return 1
    curl -fsSL --retry 5 https://nvidia.github.io/libnvidia-container/stable/deb/nvidia-container-toolkit.list |
      sed "s#deb https://#deb [signed-by=\${keyring#"$CML_ROOT"}] https://#g" >"$CML_ROOT/etc/apt/sources.list.d/nvidia-container-toolkit.list" || return 1
    apt_get update && apt_get install nvidia-container-toolkit || return 1
  fi
  nvidia-ctk runtime configure --runtime=docker && systemctl restart docker
}

setup_docker() {
  if wants_docker && ! step_done docker-ready; then
    install_docker || return 1
    mark_step docker-ready
  fi
  # The runner user reaches the daemon (GitHub container: jobs and service containers).
  if getent group docker >/dev/null 2>&1; then
    usermod -aG docker "$CML_RUNNER_USER" || return 1
  fi
}

# ---- the forge runner ----

# The forge's part (src/forge/<forge>/startup.ts), inserted whole. It defines:
#   runner_package_arch ARCH  the word the runner's download URL uses for x64 / arm64
#   install_runner_package    installs the verified $CML_HOME/runner-download for $CML_RUNNER_USER
#   runner_needs_docker       succeeds when the runner itself needs the Docker daemon
#   launch_runner             registers if need be and starts the runner in the background ($!)
#   runner_busy               succeeds while a job runs
#   deregister                removes this machine's registration (power-off and any shutdown)

#@FORGE_PART@#

# Starts the forge's runner in the background and records its pid. No secret is exported:
# each forge's launch_runner hands CML_SECRET to its runner alone.
start_runner() {
  launch_runner || return 1
  echo $! >"$CML_HOME/runner.pid"
  log "runner started (pid $!)"
}

# Once the runner holds its credentials, this machine's copy of the script keeps no secret (the
# copy the metadata server keeps cannot be changed from the guest; see docs/runner-provision.md).
forget_secret() {
  if [[ -f "$CML_HOME/startup.sh" ]]; then
    sed -i "s/^CML_SECRET=.*/CML_SECRET=''/" "$CML_HOME/startup.sh"
  fi
  CML_SECRET=''
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

# Idle watchdog: no job for CML_IDLE_TIMEOUT seconds ends the machine; so does the runner
# exiting (a JIT or run-single runner exits after its one job).
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
    # In the background and waited for: a SIGTERM's trap runs at once, not after the sleep.
    sleep "$CML_WATCH_INTERVAL" &
    wait $! || true
  done
  wait "$pid"
  log "runner exited with status $?"
  power_off runner-exited
}

started_at() {
  if [[ ! -f "$CML_STATE/started-at" ]]; then
    mkdir -p "$CML_STATE"
    date +%s >"$CML_STATE/started-at"
  fi
  cat "$CML_STATE/started-at"
}

# Hard maximum lifetime, counted from the first boot (a reboot does not reset it): the init
# system's timer outlives this script; the sleeper is exact.
enforce_max_lifetime() {
  # A Pod's maximum lifetime is its activeDeadlineSeconds, enforced by the kubelet.
  in_pod && return 0
  ((CML_MAX_LIFETIME > 0)) || return 0
  local left
  left=$(($(started_at) + CML_MAX_LIFETIME - $(date +%s)))
  if ((left <= 0)); then
    power_off max-lifetime
  fi
  shutdown -h "+$(((left + 59) / 60))" "cml runner maximum lifetime" 2>/dev/null || true
  (
    sleep "$left"
    power_off max-lifetime
  ) &
}

# The cloud's reclaim_notice (src/clouds/<cloud>/startup.ts): succeeds once the cloud says this
# spot instance is about to be reclaimed.
#@CLOUD_PART@#

# Spot reclaim watcher: polls the cloud's notice (AWS two minutes ahead, Azure and GCE 30 seconds,
# Alibaba five minutes).
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
    sleep "$CML_GPU_DELAY"
  done
  return 1
}

# Images without the NVIDIA driver (ECS public images, Azure marketplace Ubuntu, a custom image)
# get Ubuntu's own packaged driver: \`ubuntu-drivers install --gpgpu\` picks the server branch for
# the GPU, and nvidia-smi comes from that branch's nvidia-utils package (Ubuntu Server docs,
# "NVIDIA drivers installation"). Images that ship the driver (AWS DLAMI, GCE DLVM) skip this;
# gpu_ready's one reboot then loads the module.
install_gpu_driver() {
  [[ $CML_GPU == true ]] || return 0
  in_pod && return 0
  command -v nvidia-smi >/dev/null 2>&1 && return 0
  step_done gpu-driver && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    log "no nvidia-smi and no apt-get on this image: give an image with the NVIDIA driver"
    return 0
  fi
  log "installing the NVIDIA driver (ubuntu-drivers install --gpgpu)"
  apt_get update && apt_get install ubuntu-drivers-common || return 1
  ubuntu-drivers install --gpgpu || return 1
  local pkg branch=''
  for pkg in $(dpkg-query -W -f='\${Package} ' 'nvidia-driver-*-server' 2>/dev/null); do
    branch=\${pkg#nvidia-driver-}
    branch=\${branch%-server}
  done
  if [[ -n $branch ]]; then
    apt_get install "nvidia-utils-$branch-server" || return 1
  fi
  mark_step gpu-driver
}

# A driver installed at boot (by the image or your startup-script) often needs a reboot before
# nvidia-smi works: reboot once, and the start-up resumes (systemd unit); then give up.
gpu_ready() {
  check_gpu && return 0
  # The node's driver and device plugin give a Pod its GPU; nothing here can fix that.
  if in_pod; then
    log "a GPU was asked for but nvidia-smi fails in the Pod: not registering"
    return 1
  fi
  if ! step_done gpu-reboot; then
    mark_step gpu-reboot
    log "a GPU was asked for but nvidia-smi fails: rebooting once, then continuing"
    reboot_machine
    exit 0
  fi
  log "a GPU was asked for but nvidia-smi fails: not registering"
  return 1
}

# Your startup-script runs once. One cut short by a reboot (a driver install that restarts the
# machine) counts as done: the start-up continues after the reboot instead of running it again.
run_user_script() {
  [[ -n $CML_USER_SCRIPT_B64 ]] || return 0
  step_done user-script && return 0
  if step_done user-script-started; then
    log "the user startup script was cut short by a reboot: continuing"
    mark_step user-script
    return 0
  fi
  mark_step user-script-started
  log "running the user startup script"
  echo "$CML_USER_SCRIPT_B64" | base64 -d >"$CML_HOME/user-startup.sh" || return 1
  bash "$CML_HOME/user-startup.sh" || return 1
  mark_step user-script
}

# The start-up itself, run by the systemd unit (again after every reboot, resuming).
run_stage() {
  setup_logging
  if [[ -f "$CML_HOME/powering-off/reason" ]]; then
    log "this machine powered off before ($(cat "$CML_HOME/powering-off/reason")): powering off again"
    halt_machine
    return 0
  fi
  log "starting: $CML_FORGE runner $CML_RUNNER_VERSION ($CML_REGISTRATION) on $CML_CLOUD (labels $CML_RUNNER_LABELS)"
  started_at >/dev/null
  enforce_max_lifetime
  # Spot nodes of a cluster are drained before they go: the Pod gets SIGTERM (see bootstrap).
  if [[ $CML_SPOT == true ]] && ! in_pod; then
    watch_reclaim &
  fi
  run_user_script || power_off startup-script-failed
  prepare_user || power_off install-failed
  install_gpu_driver || power_off driver-install-failed
  gpu_ready || power_off gpu-missing
  setup_docker || power_off docker-install-failed
  install_runner || power_off install-failed
  start_runner || power_off register-failed
  forget_secret
  watch_runner "$(cat "$CML_HOME/runner.pid")"
}

# systemd stops the unit on every shutdown, whoever asked: the runner deregisters first.
stop_stage() {
  [[ -d "$CML_HOME/powering-off" ]] && return 0
  setup_logging
  log "the machine is shutting down: stopping the runner"
  stop_runner
  deregister
}

# User data runs once per instance (cloud-init) or at every boot (GCE startup-script); a reboot
# must not leave the machine without its runner. So the first run installs this script as a
# systemd unit, which runs the start-up and resumes it after any reboot, as CML's provider did
# with cml.service; later runs leave it to the unit.
install_service() {
  local self=\${BASH_SOURCE[0]} unit_dir="$CML_ROOT/etc/systemd/system"
  [[ -d $CML_SYSTEMD_BOOTED && -f $self ]] && command -v systemctl >/dev/null 2>&1 || return 1
  mkdir -p "$CML_HOME" "$unit_dir"
  install -m 0700 "$self" "$CML_HOME/startup.sh" || return 1
  cat >"$unit_dir/$CML_UNIT" <<EOF
[Unit]
Description=cml cloud runner $CML_RUNNER_NAME
Wants=network-online.target
After=network-online.target

[Service]
Type=simple
ExecStart=$CML_HOME/startup.sh run
ExecStop=$CML_HOME/startup.sh stop
TimeoutStopSec=90

[Install]
WantedBy=multi-user.target
EOF
  systemctl daemon-reload && systemctl enable "$CML_UNIT" && systemctl start --no-block "$CML_UNIT"
}

# cloud-init keeps copies of the user data on disk; the guest can delete those (not the metadata
# server's, which only a cloud API call could change).
erase_user_data_copies() {
  rm -f "$CML_ROOT"/var/lib/cloud/instances/*/user-data.txt* "$CML_ROOT"/var/lib/cloud/instances/*/scripts/part-*
}

# The Pod's whole life: the start-up in the foreground; the kubelet's SIGTERM (Pod deleted,
# deadline reached, node drained) stops the runner and deregisters it within the grace period.
run_pod() {
  trap 'power_off terminated' TERM INT
  run_stage
}

bootstrap() {
  if in_pod; then
    run_pod
    return
  fi
  setup_logging
  if [[ -f "$CML_ROOT/etc/systemd/system/$CML_UNIT" ]]; then
    log "already installed as $CML_UNIT: systemd carries on"
    return 0
  fi
  if install_service; then
    log "installed as $CML_UNIT"
    erase_user_data_copies
    return 0
  fi
  log "no systemd: starting in the foreground (a reboot ends this start-up)"
  erase_user_data_copies
  run_stage
}

if [[ "\${CML_SOURCE_ONLY:-0}" != 1 ]]; then
  case "\${1:-}" in
    run) run_stage ;;
    stop) stop_stage ;;
    *) bootstrap ;;
  esac
fi
`;
