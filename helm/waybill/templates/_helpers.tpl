{{/* The chart's name, for app.kubernetes.io/name. */}}
{{- define "waybill.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The name of the release's resources: <release>-waybill, or the release name when it already says waybill. */}}
{{- define "waybill.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Labels of every resource. */}}
{{- define "waybill.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "waybill.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: waybill
{{- end }}

{{/* Labels that select the operator Pods. */}}
{{- define "waybill.selectorLabels" -}}
app.kubernetes.io/name: {{ include "waybill.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: operator
{{- end }}

{{/* The ServiceAccount the operator runs as. */}}
{{- define "waybill.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "waybill.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The operator image: repository:tag, the tag defaulting to appVersion. */}}
{{- define "waybill.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* "true" when the orchestrator keeps its state in PostgreSQL, "" for the embedded store. */}}
{{- define "waybill.postgres" -}}
{{- if .Values.store.postgres.existingSecret }}true{{ end }}
{{- end }}

{{/* The claim holding the embedded store. */}}
{{- define "waybill.dataClaim" -}}
{{- default (printf "%s-data" (include "waybill.fullname" .)) .Values.store.embedded.persistence.existingClaim }}
{{- end }}

{{/*
Refuses values that cannot work, with a message saying what to change. Included by the Deployment,
so every render checks them.
*/}}
{{- define "waybill.validate" -}}
{{- $replicas := int .Values.replicas }}
{{- if lt $replicas 1 }}
{{- fail (printf "replicas must be at least 1 (got %d)" $replicas) }}
{{- end }}
{{- if and (gt $replicas 1) (not (include "waybill.postgres" .)) }}
{{- fail (printf "replicas: %d needs PostgreSQL: the embedded store is one SQLite file on a ReadWriteOnce volume that only one replica may open. Set store.postgres.existingSecret to a Secret holding a jdbc:postgresql:// URL (key %q), or set replicas: 1." $replicas .Values.store.postgres.urlKey) }}
{{- end }}
{{- if and (gt $replicas 1) (not .Values.leaderElection.enabled) }}
{{- fail (printf "replicas: %d needs leaderElection.enabled: true, or every replica would reconcile" $replicas) }}
{{- end }}
{{- range .Values.watchNamespaces }}
{{- if not (regexMatch "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" .) }}
{{- fail (printf "watchNamespaces: %q is not a namespace name" .) }}
{{- end }}
{{- end }}
{{- end }}

{{/* Prometheus alert templating, escaped from Helm: the series' team label, else alerts.team. */}}
{{- define "waybill.alertTeam" -}}
{{ printf "{{ with $labels.team }}{{ . }}{{ else }}%s{{ end }}" .Values.alerts.team | quote }}
{{- end }}

{{/* The rules of files/<name>.yaml, the one place the operator's RBAC is kept. Args: root context, file name. */}}
{{- define "waybill.rules" -}}
{{- $root := index . 0 }}
{{- $file := printf "files/%s.yaml" (index . 1) }}
{{- $rules := fromYamlArray ($root.Files.Get $file) }}
{{- if not $rules }}
{{- fail (printf "%s holds no RBAC rules" $file) }}
{{- end }}
{{- toYaml $rules }}
{{- end }}
