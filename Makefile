# Waybill: thin entry points; the work lives in Maven and hack/.
SHELL := /bin/bash
MVN ?= mvn -B -ntp

.PHONY: build test demo bench e2e crds control-plane clean

build: ## Compile everything and leave the runnable jars (Quarkus fast-jar).
	$(MVN) -q install -DskipTests

test: ## Every test: unit, and integration against a real kube-apiserver + etcd.
	hack/build-control-plane.sh
	hack/build-helm.sh
	$(MVN) install

demo: ## Control plane, CRDs and examples, then `kubectl get waybill`. DEMO_KEEP=1 keeps it running.
	hack/demo.sh

bench: ## Benchmarks (never part of `make test`).
	hack/bench.sh

e2e: ## End to end on the cluster KUBECONFIG names (kind: hack/kind.sh first): chart, simulator, orders, KPIs, then the Java suites.
	MVN="$(MVN)" hack/e2e.sh

crds: ## Regenerate the CRD YAML from the Java classes into crds/.
	$(MVN) -q -pl crds package -DskipTests
	cp crds/target/generated-crds/*.yml crds/
	cp crds/target/generated-crds/*.yml helm/waybill/crds/

control-plane: ## Start the local control plane and print its KUBECONFIG.
	hack/control-plane.sh start

clean:
	$(MVN) -q clean
	hack/control-plane.sh stop
