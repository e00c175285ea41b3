#!/usr/bin/env bash
# Trains the models shipped in the jar from the training corpus in training/, with 10-fold
# cross-validation (its figures are recorded in each model and printed to training/*.cv.txt).
# Run it after changing the corpus, a shipped codebook, the features or the trainer; then
# 'mvn verify' checks that retraining reproduces the committed bytes (ShippedModelTest).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -o package -DskipTests 2>/dev/null || mvn -B -q package -DskipTests
models=src/main/resources/nl/waardevol/models
mkdir -p "$models"
for codebook in wio-nl ai-en; do
  java -jar target/waardevol.jar train "training/$codebook.csv" --codebook "$codebook" \
    --cv 10 -o "$models/$codebook.model" > "training/$codebook.cv.txt"
  echo "$models/$codebook.model: $(wc -c < "$models/$codebook.model") bytes; figures in training/$codebook.cv.txt"
done
