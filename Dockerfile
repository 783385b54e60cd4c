# The batteryos command on the ASP.NET Core runtime; by default it runs one cluster silo.
#   docker build -t batteryos .
#   docker run batteryos silo --postgres "..."     (or configure it with BATTERYOS__ variables)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone, so a change to the code does not fetch the packages again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/BatteryOs.Model/BatteryOs.Model.csproj src/BatteryOs.Model/
COPY src/BatteryOs.Contracts/BatteryOs.Contracts.csproj src/BatteryOs.Contracts/
COPY src/BatteryOs.Grains/BatteryOs.Grains.csproj src/BatteryOs.Grains/
COPY src/BatteryOs.Hosting/BatteryOs.Hosting.csproj src/BatteryOs.Hosting/
COPY src/BatteryOs.Cli/BatteryOs.Cli.csproj src/BatteryOs.Cli/
RUN dotnet restore src/BatteryOs.Cli/BatteryOs.Cli.csproj

COPY src/ src/
RUN dotnet publish src/BatteryOs.Cli/BatteryOs.Cli.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./

# In a container the HTTP endpoints (/health, /metrics) must listen on every interface.
ENV BATTERYOS__SILO__HTTPADDRESS=0.0.0.0
# Silo-to-silo, gateway, HTTP.
EXPOSE 11111 30000 8080
ENTRYPOINT ["dotnet", "/app/batteryos.dll"]
CMD ["silo"]
