{{/* The chart's name, or nameOverride. */}}
{{- define "parallelize.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The release's resource name: fullnameOverride, else RELEASE-parallelize (just RELEASE when the
release name already contains the chart's name). Kubernetes names are at most 63 characters.
*/}}
{{- define "parallelize.fullname" -}}
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

{{- define "parallelize.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "parallelize.selectorLabels" -}}
app.kubernetes.io/name: {{ include "parallelize.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "parallelize.labels" -}}
helm.sh/chart: {{ include "parallelize.chart" . }}
{{ include "parallelize.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "parallelize.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* Whether the chart creates the Secret: for the App's secrets, the database URL, or both. */}}
{{- define "parallelize.createSecret" -}}
{{- if or (not .Values.github.existingSecret) (not .Values.database.existingSecret) }}true{{ end }}
{{- end }}

{{/* The Secret with the private key and the webhook secret. */}}
{{- define "parallelize.githubSecret" -}}
{{- default (include "parallelize.fullname" .) .Values.github.existingSecret }}
{{- end }}

{{/* The Secret with the database URL. */}}
{{- define "parallelize.databaseSecret" -}}
{{- default (include "parallelize.fullname" .) .Values.database.existingSecret }}
{{- end }}

{{/* The key of the database URL in its Secret. */}}
{{- define "parallelize.databaseKey" -}}
{{- if .Values.database.existingSecret }}{{ .Values.database.existingSecretKey }}{{ else }}database-url{{ end }}
{{- end }}

{{/* Values that cannot work, refused with the reason before anything is installed. */}}
{{- define "parallelize.validate" -}}
{{- if le (int64 .Values.github.appId) 0 }}
{{- fail (printf "github.appId must be the GitHub App's id, a positive number (got %q)" (toString .Values.github.appId)) }}
{{- end }}
{{- if not .Values.github.existingSecret }}
{{- if not (contains "PRIVATE KEY-----" .Values.github.privateKey) }}
{{- fail "github.privateKey must be the App's PEM private key (or set github.existingSecret)" }}
{{- end }}
{{- if not .Values.github.webhookSecret }}
{{- fail "github.webhookSecret is required (or set github.existingSecret)" }}
{{- end }}
{{- end }}
{{- if not .Values.database.existingSecret }}
{{- if not (regexMatch "^postgres(ql)?://" .Values.database.url) }}
{{- fail "database.url must be a postgres:// URL of an existing PostgreSQL (or set database.existingSecret): the replicas share its job queue" }}
{{- end }}
{{- end }}
{{- if not (has .Values.isolation (list "bubblewrap" "auto" "none")) }}
{{- fail (printf "isolation must be bubblewrap, auto or none (got %q)" .Values.isolation) }}
{{- end }}
{{- if not (has .Values.sandbox.mode (list "userns" "privileged" "none")) }}
{{- fail (printf "sandbox.mode must be userns, privileged or none (got %q)" .Values.sandbox.mode) }}
{{- end }}
{{- if and (eq .Values.sandbox.mode "none") (eq .Values.isolation "bubblewrap") }}
{{- fail "sandbox.mode none leaves bubblewrap no way to build its sandbox, and isolation bubblewrap makes the App refuse to start: choose sandbox.mode userns or privileged, or isolation auto or none" }}
{{- end }}
{{- $workers := int .Values.workers }}
{{- if or (lt $workers 1) (gt $workers 64) }}
{{- fail (printf "workers must be from 1 to 64 (got %v)" .Values.workers) }}
{{- end }}
{{- end }}

{{/* The keys of the private key and the webhook secret in their Secret. */}}
{{- define "parallelize.privateKeyKey" -}}
{{- if .Values.github.existingSecret }}{{ .Values.github.existingSecretKeys.privateKey }}{{ else }}private-key.pem{{ end }}
{{- end }}

{{- define "parallelize.webhookSecretKey" -}}
{{- if .Values.github.existingSecret }}{{ .Values.github.existingSecretKeys.webhookSecret }}{{ else }}webhook-secret{{ end }}
{{- end }}
